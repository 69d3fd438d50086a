/** Month names and common abbreviations in French, English, Spanish and German. */
const NAMES: Array<[number, string]> = [
  [1, 'janvier janv january jan enero ene januar jänner jänn'],
  [2, 'février fevrier févr fevr fév feb february febrero februar'],
  [3, 'mars march mar marzo märz maerz mär'],
  [4, 'avril avr april apr abril abr'],
  [5, 'mai may mayo'],
  [6, 'juin june jun junio juni'],
  [7, 'juillet juil july jul julio juli'],
  [8, 'août aout august aug agosto ago'],
  [9, 'septembre sept sep september septiembre setiembre'],
  [10, 'octobre oct october octubre oktober okt'],
  [11, 'novembre nov november noviembre'],
  [12, 'décembre decembre déc dec december diciembre dic dezember dez'],
];

export const MONTHS: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap(([n, list]) => list.split(' ').map((name): [string, number] => [name, n])),
);

/** One capturing group matching any month name, longest first so `sept` wins over `sep`. */
export const MONTH_PATTERN = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})`;

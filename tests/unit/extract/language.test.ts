import { describe, expect, it } from 'vitest';
import { detectLanguage, isRtlLanguage, normaliseLanguageTag, resolveLanguage } from '../../../core/language';

const SAMPLES: Record<string, string> = {
  en: 'The city council said on Tuesday that the new bus lanes would be open to taxis, and that it was still working with residents who have complained about the noise.',
  fr: "La mairie a annoncé mardi que les nouvelles voies de bus seront ouvertes aux taxis, et qu'elle travaille encore avec les habitants qui se sont plaints du bruit dans le quartier.",
  es: 'El Ayuntamiento anunció el martes que los nuevos carriles bus estarán abiertos a los taxis, y que todavía trabaja con los vecinos que se han quejado del ruido en el barrio.',
  de: 'Die Stadt hat am Dienstag mitgeteilt, dass die neuen Busspuren auch für Taxis geöffnet werden und dass sie noch mit den Anwohnern spricht, die sich über den Lärm beschwert haben.',
  it: 'Il comune ha annunciato martedì che le nuove corsie degli autobus saranno aperte anche ai taxi, e che sta ancora lavorando con i residenti che si sono lamentati per il rumore.',
  pt: 'A prefeitura anunciou na terça-feira que as novas faixas de ônibus estarão abertas aos táxis, e que ainda trabalha com os moradores que se queixaram do barulho no bairro.',
  nl: 'De gemeente heeft dinsdag laten weten dat de nieuwe busbanen ook voor taxi’s open zijn en dat zij nog met de bewoners praat die over het lawaai hebben geklaagd.',
  ro: 'Primăria a anunțat marți că noile benzi de autobuz vor fi deschise și pentru taxiuri, și că încă lucrează cu locuitorii care s-au plâns de zgomot în cartier.',
  ca: "L'Ajuntament va anunciar dimarts que els nous carrils bus seran oberts als taxis, i que encara treballa amb els veïns que s'han queixat del soroll al barri.",
  ar: 'أعلنت البلدية يوم الثلاثاء أن ممرات الحافلات الجديدة ستكون مفتوحة أمام سيارات الأجرة.',
  he: 'העירייה הודיעה ביום שלישי כי נתיבי האוטובוס החדשים יהיו פתוחים גם למוניות.',
  ru: 'Мэрия во вторник объявила, что новые автобусные полосы будут открыты для такси.',
  el: 'Ο δήμος ανακοίνωσε την Τρίτη ότι οι νέες λωρίδες λεωφορείων θα είναι ανοιχτές και στα ταξί.',
  zh: '市政府周二宣布，新的公交专用道将向出租车开放，并表示仍在与抱怨噪音的居民沟通。',
  ja: '市は火曜日、新しいバス専用レーンをタクシーにも開放すると発表しました。',
  ko: '시는 화요일 새로운 버스 전용 차로를 택시에도 개방한다고 발표했다.',
  th: 'เทศบาลประกาศเมื่อวันอังคารว่าช่องทางเดินรถประจำทางใหม่จะเปิดให้แท็กซี่ใช้ด้วย',
  hi: 'नगर निगम ने मंगलवार को घोषणा की कि नई बस लेन टैक्सियों के लिए भी खुली रहेंगी।',
  vi: 'Thành phố cho biết vào thứ Ba rằng các làn đường dành cho xe buýt mới sẽ được mở cho taxi, và chính quyền vẫn đang làm việc với người dân đã phàn nàn về tiếng ồn.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(SAMPLES))('%s', (lang, text) => {
    expect(detectLanguage(text)?.lang).toBe(lang);
  });

  it('has no answer for empty text, numbers or lorem ipsum', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('12 345 678')).toBeNull();
    expect(detectLanguage('Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.')).toBeNull();
  });

  it('reads a non-Latin page despite Latin navigation words', () => {
    expect(detectLanguage(`Home News Sport Login ${SAMPLES['ru']} ${SAMPLES['ru']}`)?.lang).toBe('ru');
  });

  it('counts characters beyond the Basic Multilingual Plane as one letter each', () => {
    // Han characters of Extension B, each a surrogate pair: read as halves, none would be a letter.
    const rare = '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉';
    expect(detectLanguage(`${rare} ok`)?.lang).toBe('zh');
    // A lone surrogate is no letter and does not swallow the character after it.
    expect(detectLanguage(`\ud840Привет, как дела? Всё хорошо.`)?.lang).toBe('ru');
  });
});

describe('resolveLanguage', () => {
  const english = `${SAMPLES['en']} ${SAMPLES['en']}`;
  it('overrides a declared language that the text clearly contradicts', () => {
    expect(resolveLanguage('de', english)).toBe('en');
  });
  it('keeps the declared language when the text agrees or is too short to tell', () => {
    expect(resolveLanguage('fr', SAMPLES['fr'] ?? '')).toBe('fr');
    expect(resolveLanguage('fr', 'Madrid')).toBe('fr');
  });
  it('keeps a declared language of the same script family', () => {
    expect(resolveLanguage('uk', SAMPLES['ru'] ?? '')).toBe('uk');
    expect(resolveLanguage('fa', SAMPLES['ar'] ?? '')).toBe('fa');
  });
  it('keeps a declared language it has no profile for, unless the script differs', () => {
    expect(resolveLanguage('cs', 'Vláda ve středu schválila nový zákon o dani z nemovitostí a o podpoře bydlení pro mladé rodiny.')).toBe('cs');
    expect(resolveLanguage('cs', SAMPLES['ja'] ?? '')).toBe('ja');
  });
  it('detects when nothing is declared', () => {
    expect(resolveLanguage(null, SAMPLES['es'] ?? '')).toBe('es');
    expect(resolveLanguage(null, '')).toBeNull();
  });
});

describe('tags and direction', () => {
  it('normalises language tags', () => {
    expect(normaliseLanguageTag('fr-FR')).toBe('fr');
    expect(normaliseLanguageTag('pt_BR')).toBe('pt');
    expect(normaliseLanguageTag(' EN ')).toBe('en');
    expect(normaliseLanguageTag('')).toBeNull();
    expect(normaliseLanguageTag('français')).toBeNull();
    expect(normaliseLanguageTag(undefined)).toBeNull();
  });
  it('knows right-to-left languages', () => {
    expect(isRtlLanguage('ar')).toBe(true);
    expect(isRtlLanguage('he')).toBe(true);
    expect(isRtlLanguage('fr')).toBe(false);
    expect(isRtlLanguage(null)).toBe(false);
  });
});

/** Small inline icons: no icon font or remote asset, so the reader works offline. */
const base = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true } as const;

export function CheckIcon() {
  return (
    <svg {...base}>
      <path d="M3 8.5l3.2 3L13 4.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

export function DotIcon() {
  return (
    <svg {...base}>
      <circle cx="8" cy="8" r="4" fill="currentColor" />
    </svg>
  );
}

export function TrashIcon() {
  return (
    <svg {...base}>
      <path
        d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

export function PlusIcon() {
  return (
    <svg {...base} width={12} height={12}>
      <path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}

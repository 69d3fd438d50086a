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

export function StarIcon({ filled }: { filled: boolean }) {
  return (
    <svg {...base}>
      <path
        d="M8 2.2l1.8 3.7 4 .6-2.9 2.8.7 4-3.6-1.9-3.6 1.9.7-4L2.2 6.5l4-.6z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linejoin="round"
      />
    </svg>
  );
}

export function ArchiveIcon() {
  return (
    <svg {...base}>
      <path
        d="M2.5 3.5h11v3h-11zM3.5 6.5v6h9v-6M6.5 9h3"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

export function FolderIcon() {
  return (
    <svg {...base}>
      <path
        d="M2 4.5v8h12v-6.5H7.5L6 4.5zM8 8v3M6.5 9.5h3"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

export function SearchIcon() {
  return (
    <svg {...base}>
      <circle cx="7" cy="7" r="4.2" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path d="M10.2 10.2L14 14" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}

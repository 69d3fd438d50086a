import '../../components/theme.css';
import './popup.css';
import { PAGE_SIZE, readFirstRows } from './first-rows';

// The first script holds only the styles and the bare IndexedDB read of the
// newest saves, so that read starts as soon as the page runs any code; Preact
// and the list load meanwhile (popup-app), and Dexie and the services after
// the first rows are painted.
const firstRows = readFirstRows(globalThis.indexedDB, PAGE_SIZE);
void import('./popup-app').then(({ startPopup }) => startPopup(firstRows));

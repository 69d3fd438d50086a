import '../../components/theme.css';
import './popup.css';
import { takeFirstRows } from './first-rows';
import { startPopup } from './popup-app';

// The popup's first scripts hold Preact, the list and a bare IndexedDB read of
// the newest saves, started here before anything else runs; Dexie and the
// services load only after those rows are painted (popup-app). Loading the
// list itself with import() instead measured slower: its chunks are then
// found only once this script runs, instead of being fetched with it.
void startPopup(takeFirstRows(globalThis, globalThis.indexedDB));

/**
 * Runs before every unit test file. The unit project shares its workers between files (isolate: false), so a
 * module's state outlives the file that set it: the astro:content stand-in starts each file empty, as it would in a
 * fresh worker.
 */
import { setCollections } from './astro-content-stub.ts';

setCollections({});

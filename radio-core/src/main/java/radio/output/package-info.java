/**
 * Where radio may write: every output path a command or workflow will write is checked here before any work
 * starts, so that radio never writes over one of its inputs, never replaces a file of another kind (a PNG option only
 * ever replaces a PNG), and refuses an unwritable place up front instead of failing after the work is done.
 */
package radio.output;

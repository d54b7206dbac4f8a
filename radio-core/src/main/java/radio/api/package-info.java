/**
 * radio from Java in a few lines, for notebooks and scripts: {@link radio.api.Radio} (targets → search → download →
 * files), the same services and guarantees as the command line.
 */
package radio.api;

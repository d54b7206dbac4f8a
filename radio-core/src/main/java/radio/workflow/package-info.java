/**
 * The wiring and the workflows that the command line and the Java facade share: {@link radio.workflow.Services}
 * builds the archive clients around one HTTP client, opens the catalog and the transfer engine;
 * {@link radio.workflow.RecordedSearch} runs a search that records every answer in the catalog (or answers from it
 * alone, offline) and can feed a download as each target is found.
 */
package radio.workflow;

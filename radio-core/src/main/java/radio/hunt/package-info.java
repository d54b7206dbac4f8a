/**
 * From target names to vetted planet candidates in one call: {@link radio.hunt.Hunt} finds and downloads each
 * target's light curves through {@link radio.api.Radio} (so the catalog makes reruns free), stitches them, runs a
 * {@link radio.vetting.PlanetSearch} and writes a {@link radio.plot.VettingSheet} per candidate. This is what
 * {@code radio hunt} runs; it returns records and never prints.
 *
 * <p>Sits above the api, beside the command line: it uses {@link radio.api.Radio} as any program would.
 */
package radio.hunt;

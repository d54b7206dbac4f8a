package radio.sim.content;

/**
 * What the bytes of one simulated file are made from. Specs are pure values: the same spec and version always
 * render to the same bytes.
 */
public sealed interface ContentSpec permits LightCurveSpec, PlaceholderSpec {
}

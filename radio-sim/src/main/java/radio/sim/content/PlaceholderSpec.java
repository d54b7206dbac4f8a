package radio.sim.content;

/**
 * Deterministic pseudo-random bytes standing in for a product the simulation does not model in detail (target
 * pixel files, previews, high-level products). Not a valid file of its kind.
 *
 * @param seed  selects the byte sequence
 * @param size  length in bytes, at least 1
 */
public record PlaceholderSpec(long seed, long size) implements ContentSpec {
    public PlaceholderSpec {
        if (size < 1) {
            throw new IllegalArgumentException("placeholder size must be positive: " + size);
        }
    }
}

package radio.sim.catalogue;

/**
 * How a stored object can be damaged ({@code SimArchive.damageObject}): what a client finds when a bad file made
 * it into the archive, as opposed to a transfer fault. Either way the object is self-consistent: its size,
 * {@code ETag} (MD5) and listing describe the damaged bytes, so only reading the file tells.
 */
public enum Damage {
    /** Only the first 60 % of the file was stored (an upload cut short): a smaller object. */
    TRUNCATED,
    /**
     * The same size, but one 2,880-byte FITS block (the first extension's header, or the second block of a file
     * without extensions) is overwritten with pseudo-random bytes.
     */
    CORRUPTED
}

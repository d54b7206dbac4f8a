package radio.search;

/** A name no resolver knows, with the reason to give the user; fails a target's chain as unresolved, not failed. */
final class UnresolvedName extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnresolvedName(String message) {
        super(message, null, false, false);
    }
}

package radio.transfer;

/** The {@code --source} policy leaves no service that can provide this item (e.g. {@code --source s3} without a key). */
public final class NoSourceException extends TransferException {
    private static final long serialVersionUID = 1L;

    NoSourceException(String uri, String message) {
        super(uri, message, null);
    }
}

package radio.transfer;

/**
 * What the two S3 fetchers share: the anonymous one over the JDK client ({@link PublicS3Fetcher}) and the signed one
 * over the AWS SDK ({@link S3Fetcher}) both serve items that have a key, and a body that breaks off is a retryable
 * S3 failure.
 */
interface S3ObjectFetcher extends ObjectFetcher {
    @Override
    default TransferSource source() {
        return TransferSource.S3;
    }

    @Override
    default boolean canFetch(TransferItem item) {
        return item.s3().isPresent();
    }

    @Override
    default TransferException readFailure(TransferItem item, Exception cause) {
        return new S3TransferException(item.uri(), item.s3().orElseThrow(), 0, null, cause.toString(), true, cause);
    }
}

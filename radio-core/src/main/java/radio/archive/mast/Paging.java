package radio.archive.mast;

/**
 * MAST's {@code paging} block: {@code page} is 1-based, {@code pagesFiltered} is the number of pages,
 * {@code rowsFiltered} the rows matching in total.
 */
record Paging(int page, int pageSize, int pagesFiltered, int rows, int rowsFiltered, int rowsTotal) {
    /** True when pages after this one exist. */
    public boolean hasMore() {
        return page >= 1 && page < pagesFiltered;
    }
}

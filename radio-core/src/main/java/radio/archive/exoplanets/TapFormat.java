package radio.archive.exoplanets;

/** Output formats of the archive's TAP service, by the short names it accepts (never MIME types). */
public enum TapFormat {
    JSON("json"), CSV("csv"), TSV("tsv"), VOTABLE("votable"), IPAC("ipac");

    private final String wireName;

    TapFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The value of the {@code format} parameter. */
    public String wireName() {
        return wireName;
    }
}

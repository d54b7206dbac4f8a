package radio.api;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One data product a search found: a file radio can download.
 *
 * @param target         the target as it was given
 * @param obsCollection  mission or collection ({@code K2}, {@code Kepler}, {@code TESS}, {@code HLSP}, ...)
 * @param obsId          observation id, the download folder ({@code ktwo206011691-c03_lc})
 * @param exptimeSeconds the observation's cadence, seconds, when MAST gives it
 * @param productCode    MAST's file-type code ({@code LLC}, {@code LC}, ...), when it has one
 * @param fileName       the file's name
 * @param sizeBytes      the file's size as the archive lists it
 * @param dataUri        the {@code mast:} URI, for a download from MAST
 * @param s3Key          the key in the public bucket, when the file is there
 * @param season         mission and season as lightkurve shows them: {@code K2 Campaign 3}, {@code TESS Sector 1},
 *                       {@code Kepler Quarter 4}
 * @param author         the pipeline or team that made it ({@code K2}, {@code SPOC}, {@code K2SFF}, {@code QLP}, ...)
 * @param year           the year the observation started
 */
public record Product(String target, String obsCollection, String obsId, OptionalDouble exptimeSeconds,
                      Optional<String> productCode, String fileName, OptionalLong sizeBytes, String dataUri,
                      Optional<String> s3Key, Optional<String> season, Optional<String> author, OptionalInt year) {
    public Product {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(obsCollection, "obsCollection");
        Objects.requireNonNull(obsId, "obsId");
        Objects.requireNonNull(exptimeSeconds, "exptimeSeconds");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sizeBytes, "sizeBytes");
        Objects.requireNonNull(dataUri, "dataUri");
        Objects.requireNonNull(s3Key, "s3Key");
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(year, "year");
    }
}

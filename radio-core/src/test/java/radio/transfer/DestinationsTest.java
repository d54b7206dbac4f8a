package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DestinationsTest {
    private static final TransferItem PRODUCT = TransferItem.product("K2-18", "K2", "ktwo201912552-c01_lc",
            Optional.of("LLC"), "ktwo201912552-c01_llc.fits", "mast:K2/url/missions/k2/x.fits", Optional.empty(),
            OptionalLong.of(10));

    @Test
    void placesProductsInTheMastDownloadLayoutUnderTheCurrentFolderToo() throws Exception {
        assertThat(Destinations.resolve(Path.of("."), PRODUCT))
                .isEqualTo(Path.of("./mastDownload/K2/ktwo201912552-c01_lc/ktwo201912552-c01_llc.fits"));
        assertThat(Destinations.resolve(Path.of(""), PRODUCT))
                .isEqualTo(Path.of("mastDownload/K2/ktwo201912552-c01_lc/ktwo201912552-c01_llc.fits"));
        assertThat(Destinations.resolve(Path.of("/data/lc"), PRODUCT))
                .isEqualTo(Path.of("/data/lc/mastDownload/K2/ktwo201912552-c01_lc/ktwo201912552-c01_llc.fits"));
    }

    @Test
    void placesBareUrisAtTheirKeyPath() throws Exception {
        assertThat(Destinations.resolve(Path.of("out"), TransferItem.ofS3(new S3Location("stpubdata",
                "k2/public/lightcurves/c3/ktwo206011691-c03_llc.fits"))))
                .isEqualTo(Path.of("out/k2/public/lightcurves/c3/ktwo206011691-c03_llc.fits"));
        assertThat(Destinations.resolve(Path.of("out"), TransferItem.ofDataUri("mast:K2/url/missions/k2/a.fits")))
                .isEqualTo(Path.of("out/K2/url/missions/k2/a.fits"));
    }

    @Test
    void temporaryFilesSitBesideTheDestination() {
        Path dest = Path.of("out/a/b.fits");
        assertThat(Destinations.part(dest)).isEqualTo(Path.of("out/a/b.fits.part"));
        assertThat(Destinations.token(dest)).isEqualTo(Path.of("out/a/b.fits.part.json"));
    }

    @Test
    void refusesHttpDataUrisWithoutProductMetadata() {
        assertThatThrownBy(() -> Destinations.resolve(Path.of("out"),
                TransferItem.ofDataUri("https://archive.stsci.edu/missions/k2/a.fits")))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("only mast: URIs");
    }
}

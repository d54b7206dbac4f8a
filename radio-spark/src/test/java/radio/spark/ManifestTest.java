package radio.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import radio.spark.s3.S3Object;

class ManifestTest {
    private static final String KEY = "k2/public/lightcurves/c3/206000000/11000/ktwo206011691-c03_llc.fits";

    @Test
    void searchCsvGivesTheKeysWithTheirSizesAndSkipsProductsOutsideTheBucket() {
        String csv = """
                target,obs_id,obs_collection,t_exptime,product,productFilename,size,dataURI,s3_key
                K2-21,ktwo206011691-c03_lc,K2,1800,LLC,ktwo206011691-c03_llc.fits,368640,mast:K2/url/x.fits,%s
                K2-21,"ktwo206011691-c03_lc, again",K2,1800,LLC,x.fits,100,mast:K2/url/y.fits,
                """.formatted(KEY);

        assertThat(Manifest.parse("found.csv", csv, "stpubdata")).containsExactly(
                new S3Object("stpubdata", KEY, OptionalLong.of(368640), Optional.empty()));
    }

    @Test
    void downloadManifestGivesTheKeysWithTheirBytes() {
        String csv = "target,obs_id,obs_collection,product,uri,s3_key,source,status,bytes,path,error\r\n"
                + "K2-21,o,K2,LLC,s3://stpubdata/" + KEY + "," + KEY + ",s3,downloaded,368640,data/x.fits,\r\n"
                + "K2-1,,,,,,,failed,,,\"no light curve, sorry\"\r\n";

        assertThat(Manifest.parse("m.csv", csv, "mirror")).containsExactly(
                new S3Object("mirror", KEY, OptionalLong.of(368640), Optional.empty()));
    }

    @Test
    void plainListTakesUrisAndBareKeysAndSkipsCommentsAndBlankLines() {
        String list = "# survey\n\ns3://other/" + KEY + "\n" + KEY + "\n";

        assertThat(Manifest.parse("keys.txt", list, "stpubdata")).containsExactly(S3Object.of("other", KEY),
                S3Object.of("stpubdata", KEY));
    }

    @Test
    void aLineThatIsNoKeyIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> Manifest.parse("keys.txt", KEY + "\nK2-18, K2-21\n", "stpubdata"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keys.txt line 2: 'K2-18, K2-21' is neither an s3://bucket/key nor a key (a CSV manifest "
                        + "needs an s3_key column)");
        assertThatThrownBy(() -> Manifest.parse("m.csv", "s3_key,size\n" + KEY + ",big\n", "stpubdata"))
                .hasMessage("m.csv line 2: size 'big' is not a number of bytes");
    }
}

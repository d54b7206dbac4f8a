package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class UriFileTest {
    @Test
    void readsS3AndMastLinesSkippingBlanksAndComments() throws Exception {
        String text = """
                # K2-18 light curves
                s3://stpubdata/k2/public/lightcurves/c1/201300000/67000/ktwo201367065-c01_llc.fits

                   mast:K2/url/missions/k2/lightcurves/c102/228700000/25000/ktwo228725972-c102_llc.fits \s
                  # indented comment
                s3://other-bucket/a/b.fits
                """;
        List<TransferItem> items = UriFile.parse(new StringReader(text), "list.txt");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).s3()).contains(new S3Location("stpubdata",
                "k2/public/lightcurves/c1/201300000/67000/ktwo201367065-c01_llc.fits"));
        assertThat(items.get(0).dataUri()).isEmpty();
        assertThat(items.get(0).layout()).isEqualTo(TransferItem.Layout.KEY_PATH);
        assertThat(items.get(1).dataUri())
                .contains("mast:K2/url/missions/k2/lightcurves/c102/228700000/25000/ktwo228725972-c102_llc.fits");
        assertThat(items.get(1).s3()).isEmpty();
        assertThat(items.get(2).uri()).isEqualTo("s3://other-bucket/a/b.fits");
    }

    @Test
    void aBadLineIsOneErrorNamingFileAndLine() {
        String text = "s3://stpubdata/k2/x.fits\n\nhttps://archive.stsci.edu/x.fits\nmast:K2/y.fits\n";
        assertThatThrownBy(() -> UriFile.parse(new StringReader(text), "list.txt"))
                .isInstanceOfSatisfying(UriFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.source()).isEqualTo("list.txt");
                })
                .hasMessage("--uri-file list.txt:3: 'https://archive.stsci.edu/x.fits' is neither an s3://bucket/key "
                        + "nor a mast: URI");
    }

    @Test
    void anS3UriNeedsBucketAndKey() {
        assertThatThrownBy(() -> UriFile.parse(new StringReader("s3://stpubdata\n"), "-"))
                .hasMessage("--uri-file -:1: 's3://stpubdata' is not s3://bucket/key");
        assertThatThrownBy(() -> UriFile.parse(new StringReader("s3:///k2/x.fits\n"), "-"))
                .hasMessageContaining("is not s3://bucket/key");
        assertThatThrownBy(() -> UriFile.parse(new StringReader("mast:\n"), "-"))
                .hasMessageContaining("nothing after mast:");
    }
}

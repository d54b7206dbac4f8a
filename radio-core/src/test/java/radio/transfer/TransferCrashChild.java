package radio.transfer;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import radio.catalog.CatalogStore;
import radio.config.RadioConfig;

/** A separate process for {@link TransferCrashTest}: downloads until it is killed. */
public final class TransferCrashChild {
    private TransferCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        URI mastUrl = URI.create(args[0]);
        Path out = Path.of(args[1]);
        Path home = Path.of(args[2]);
        List<TransferItem> items = TransferCrashTest.items(Integer.parseInt(args[3]));
        RadioConfig config = TransferFixtures.config(home, mastUrl, URI.create("http://127.0.0.1:9")).build();
        try (CatalogStore catalog = CatalogStore.open(config.catalogFile());
             TransferEngine engine = new TransferEngine(config, TransferFixtures.fastSettings(), TransferFixtures.http(),
                     catalog)) {
            engine.download(DownloadOptions.to(out), items, TransferEvents.NONE);
        }
        System.out.println("finished before being killed");
    }
}

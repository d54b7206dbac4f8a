import java.security.MessageDigest;
import java.util.Random;

/**
 * How fast the JDK's MD5 runs under the JIT a JVM is given (radio verifies every downloaded byte with it):
 *
 *   java -XX:TieredStopAtLevel=1 bench/Md5Rate.java    # C1 only, as ./radio runs download
 *   java bench/Md5Rate.java                             # C1 then C2
 *
 * Hashes 420 MB (the 1,000-file S3 benchmark's volume) in 64 KB updates, three times; prints MB/s for each.
 */
public final class Md5Rate {
    public static void main(String[] args) throws Exception {
        byte[] buf = new byte[1 << 16];
        new Random(1).nextBytes(buf);
        int updates = 6400;
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            MessageDigest md = MessageDigest.getInstance("MD5");
            for (int i = 0; i < updates; i++) {
                md.update(buf, 0, buf.length);
            }
            md.digest();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %.0f MB/s%n", round, (double) updates * buf.length / 1e6 / seconds);
        }
    }
}

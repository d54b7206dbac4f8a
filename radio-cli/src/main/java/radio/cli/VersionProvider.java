package radio.cli;

import picocli.CommandLine.IVersionProvider;
import radio.config.Version;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"radio " + Version.radio(), Version.userAgent()};
    }
}

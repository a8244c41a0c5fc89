package id.kenda.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code kenda --version}: the build's version and the Java it runs on. */
public final class VersionProvider implements IVersionProvider {
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/kenda-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // an unreadable resource only costs the version string
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"kenda " + version() + " (Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")"};
    }
}

package jianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven stamped into the jar's resources. */
public final class Version implements CommandLine.IVersionProvider {

  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/jianbao/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"jianbao " + current()};
  }
}

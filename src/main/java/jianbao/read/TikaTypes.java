package jianbao.read;

import org.apache.tika.mime.MimeTypes;

/**
 * Tika's type registry, read on first use: it parses an XML file of a thousand types (0.2 s), which
 * a run over plain-text pages ({@link PageReader#plainTextPage}) never needs.
 */
final class TikaTypes {
  private TikaTypes() {}

  private static final class Holder {
    static final MimeTypes MIME_TYPES = MimeTypes.getDefaultMimeTypes();
  }

  static MimeTypes get() {
    return Holder.MIME_TYPES;
  }
}

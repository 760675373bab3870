package jianbao.read;

import org.apache.tika.mime.MediaType;

/** One input format (plain text, PDF, DOCX, HTML): a file's bytes in, its pages out. */
interface PageFormat {

  /** Whether this format reads files of the detected type. */
  boolean reads(MediaType type);

  /** The file's pages, and any of its pages that cannot be read; throws if none can. */
  PageReader.Pages pages(PageFile file) throws RejectedPageException;
}

package org.hadath.extract;

import java.util.List;
import org.hadath.model.Document;
import org.hadath.model.Problem;
import org.hadath.model.TimeMention;
import org.hadath.text.Token;

/** What extraction needs from date resolution. */
public interface TimeReader {
  /**
   * The time expressions in tokens {@code [from, to)}, resolved against the document's publication
   * date.
   */
  List<TimeMention> find(
      Document doc, List<Token> tokens, int from, int to, List<Problem> problems);

  String version();
}

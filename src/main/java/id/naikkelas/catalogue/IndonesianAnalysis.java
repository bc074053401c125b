package id.naikkelas.catalogue;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyser of product text: Indonesian stemming ({@code makanan} → {@code makan}), accents
 * folded, common Indonesian words dropped. Typos are forgiven at query time (fuzzy matching).
 */
public class IndonesianAnalysis implements LuceneAnalysisConfigurer {

  public static final String INDONESIAN = "indonesian";

  public IndonesianAnalysis() {}

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(INDONESIAN)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("stop")
        .param("words", "org/apache/lucene/analysis/id/stopwords.txt")
        .param("ignoreCase", "true")
        .tokenFilter("indonesianStem");
    context.normalizer("lowercase").custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
  }
}

package se.brobygge.associations;

import se.brobygge.support.TestOpenSearch;

/**
 * The association tests, the directory's inflected search included, on the index shared by several
 * nodes: OpenSearch with the analysers of {@code OpenSearchAnalysis} (decision 0036). Shares its
 * application context with the other tests on OpenSearch.
 */
@TestOpenSearch.Context
class AssociationServiceOnOpenSearchIT extends AssociationServiceIT {}

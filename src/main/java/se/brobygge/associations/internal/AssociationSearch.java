package se.brobygge.associations.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.search.SearchIndexHealth;
import se.brobygge.shared.search.SearchWords;

/**
 * Full-text search over association names and descriptions with the per-language analysers
 * (Swedish stemming: "fotboll" finds "fotbollen"); same approach as events (decision 0013). While
 * the index cannot be trusted, the database answers (decision 0032); the directory applies its
 * filters and visibility to the ids in its own query either way.
 */
@Component
public class AssociationSearch {

    static final String[] FIELDS = {
        "name_sv", "name_ar", "name_en", "description_sv", "description_ar", "description_en"
    };

    private final EntityManager entityManager;
    private final SearchIndexHealth health;

    AssociationSearch(EntityManager entityManager, SearchIndexHealth health) {
        this.entityManager = entityManager;
        this.health = health;
    }

    /**
     * Ids of associations whose name or description matches every word, in any inflection. Called
     * inside the directory's read-only transaction.
     */
    @Transactional(readOnly = true)
    public List<Long> matching(String text, int limit) {
        if (health.usable(AssociationEntity.class)) {
            try {
                return Search.session(entityManager)
                        .search(AssociationEntity.class)
                        .select(f -> f.id(Long.class))
                        .where(f -> f.simpleQueryString()
                                .fields(FIELDS)
                                .matching(text)
                                .defaultOperator(BooleanOperator.AND))
                        .fetchHits(limit);
            } catch (SearchException e) {
                health.searchFailed(AssociationEntity.class, e);
            }
        }
        return fromDatabase(text, limit);
    }

    /**
     * Every word as a part of the name or of a description (any language; a hidden description is
     * not searched, as in the index); slower, and fewer inflections.
     */
    private List<Long> fromDatabase(String text, int limit) {
        List<String> patterns = SearchWords.patterns(text);
        StringBuilder jpql = new StringBuilder("select a.id from AssociationEntity a where 1 = 1");
        for (int i = 0; i < patterns.size(); i++) {
            String word = ":w" + i;
            // the Swedish description, or the description in any other language (decision 0050)
            jpql.append(" and (lower(a.name) like ")
                    .append(word)
                    .append(" or (a.descriptionHidden is null and (lower(a.description) like ")
                    .append(word)
                    .append(" or exists (select 1 from AssociationEntity o join o.translations t")
                    .append(" where o = a and t.field = 'description' and lower(t.text) like ")
                    .append(word)
                    .append("))))");
        }
        var query = entityManager.createQuery(jpql.append(" order by a.id").toString(), Long.class);
        for (int i = 0; i < patterns.size(); i++) {
            query.setParameter("w" + i, patterns.get(i));
        }
        return query.setMaxResults(limit).getResultList();
    }
}

package se.brobygge.employers.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.brobygge.employers.LanguageLevel;
import se.brobygge.employers.PostingKind;
import se.brobygge.employers.PostingStatus;

public interface PostingRepository extends JpaRepository<PostingEntity, Long> {

    @Query("""
            select p from PostingEntity p
            where p.status = se.brobygge.employers.PostingStatus.PUBLISHED and p.hiddenReason is null
              and (:occupationPrefix is null or p.occupation like :occupationPrefix or p.occupation = :occupationGroup)
              and (:area is null or p.area = :area)
              and p.swedishLevel in :levels
              and (:from is null or p.periodTo is null or p.periodTo >= :from)
              and (:kind is null or p.kind = :kind)
            order by p.createdAt desc, p.id desc""")
    List<PostingEntity> published(
            @Nullable String occupationPrefix,
            @Nullable String occupationGroup,
            @Nullable String area,
            Collection<LanguageLevel> levels,
            @Nullable LocalDate from,
            @Nullable PostingKind kind);

    @Query("select p from PostingEntity p where p.employerId = ?1 order by p.createdAt desc")
    List<PostingEntity> ofEmployer(long employerId);

    @Query("select p from PostingEntity p where p.status = ?1 order by p.createdAt")
    List<PostingEntity> withStatus(PostingStatus status);

    long countByStatus(PostingStatus status);

    @Query("select p from PostingEntity p where p.id in ?1")
    List<PostingEntity> findAllByIds(Collection<Long> ids);
}

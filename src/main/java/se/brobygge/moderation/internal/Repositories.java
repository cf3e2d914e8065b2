package se.brobygge.moderation.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import se.brobygge.moderation.ReportReason;
import se.brobygge.moderation.ReviewReason;

interface ItemRepository extends JpaRepository<ItemEntity, Long> {

    String OUT_OF_SIGHT = "(i.hidden = true or i.review = se.brobygge.moderation.ReviewReason.PREMODERATION)";

    @Query("select i from ItemEntity i where i.module = :module and i.type = :type and i.contentId = :id")
    Optional<ItemEntity> findRef(@Param("module") String module, @Param("type") String type, @Param("id") long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ItemEntity i where i.id = :id")
    Optional<ItemEntity> lockById(@Param("id") long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ItemEntity i where i.module = :module and i.type = :type and i.contentId = :id")
    Optional<ItemEntity> lockRef(@Param("module") String module, @Param("type") String type, @Param("id") long id);

    @Query("""
            select i from ItemEntity i where i.review is not null
              and (:module is null or i.module = :module)
              and (:reason is null or i.review = :reason)
              and (:before is null or i.reviewSince <= :before)
              and (:reportReason is null or exists (select r from ReportEntity r where r.itemId = i.id
                   and r.reason = :reportReason))
            order by i.reviewSince, i.id""")
    List<ItemEntity> queue(
            @Param("module") @Nullable String module,
            @Param("reason") @Nullable ReviewReason reason,
            @Param("before") @Nullable Instant before,
            @Param("reportReason") @Nullable ReportReason reportReason,
            Pageable page);

    long countByReviewIsNotNullAndReviewNot(ReviewReason review);

    long countByReview(ReviewReason review);

    List<ItemEntity> findByAuthorIdAndHiddenTrueAndHiddenReasonIsNotNullOrderByUpdatedAtDesc(long authorId);

    /** What a block may hide: shown now (content held for review stays held). */
    @Query("select i from ItemEntity i where i.authorId = :author and i.hidden = false"
            + " and (i.review is null or i.review <> se.brobygge.moderation.ReviewReason.PREMODERATION)")
    List<ItemEntity> shownOf(@Param("author") long author);

    List<ItemEntity> findByHiddenByBlock(long blockId);

    long countByAuthorId(long authorId);

    /** Hidden, or held for review. */
    @Query("select count(i) from ItemEntity i where i.authorId = :author and " + OUT_OF_SIGHT)
    long outOfSightOf(@Param("author") long author);

    @Query("select i.module, count(i) from ItemEntity i where i.authorId = :author and " + OUT_OF_SIGHT
            + " group by i.module")
    List<Object[]> hiddenPerModule(@Param("author") long author);

    @Query("select coalesce(sum(i.reportCount), 0) from ItemEntity i where i.authorId = :author")
    long reportsAgainst(@Param("author") long author);
}

interface ReportRepository extends JpaRepository<ReportEntity, Long> {

    boolean existsByItemIdAndReporterId(long itemId, long reporterId);

    /** Of the given contents (of one module and type), the ids of those the reporter has reported. */
    @Query("select i.contentId from ReportEntity r join ItemEntity i on i.id = r.itemId"
            + " where r.reporterId = :reporter and i.module = :module and i.type = :type and i.contentId in :ids")
    List<Long> reportedAmong(
            @Param("reporter") long reporter,
            @Param("module") String module,
            @Param("type") String type,
            @Param("ids") Collection<Long> ids);

    List<ReportEntity> findByItemIdOrderByCreatedAt(long itemId);
}

interface DecisionRepository extends JpaRepository<DecisionEntity, Long> {

    List<DecisionEntity> findByItemIdOrderById(long itemId);
}

interface AuthorRepository extends JpaRepository<AuthorEntity, Long> {}

interface BlockRepository extends JpaRepository<BlockEntity, Long> {

    @Query("select b from BlockEntity b where b.accountId = :account and b.liftedAt is null"
            + " and (b.until is null or b.until > :now) order by b.createdAt desc")
    List<BlockEntity> activeOf(@Param("account") long account, @Param("now") Instant now);

    @Query("select b from BlockEntity b where b.liftedAt is null and (b.until is null or b.until > :now)"
            + " order by b.createdAt desc")
    List<BlockEntity> active(@Param("now") Instant now);
}

interface LogRepository extends JpaRepository<LogEntity, Long> {

    @Query("select l from LogEntity l order by l.createdAt desc, l.id desc")
    List<LogEntity> recent(Pageable page);

    @Query("select l from LogEntity l where l.createdAt >= :from order by l.createdAt, l.id")
    List<LogEntity> since(@Param("from") Instant from);
}

interface WatchedWordRepository extends JpaRepository<WatchedWordEntity, Long> {

    @Query("select w from WatchedWordEntity w order by w.language, w.word")
    List<WatchedWordEntity> ordered();

    boolean existsByLanguageAndWord(String language, String word);
}

interface SettingRepository extends JpaRepository<SettingEntity, String> {}

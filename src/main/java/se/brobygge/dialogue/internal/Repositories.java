package se.brobygge.dialogue.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DialogueRepository extends JpaRepository<DialogueEntity, Long> {

    @Query("select d from DialogueEntity d order by d.closesAt desc, d.id desc")
    List<DialogueEntity> newestFirst(Pageable page);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DialogueEntity d where d.id = :id")
    Optional<DialogueEntity> lockById(@Param("id") long id);
}

interface PostRepository extends JpaRepository<PostEntity, Long> {

    /** One page of a dialogue in reading order: official answers first, then each thread with its replies. */
    @Query("""
            select p from PostEntity p where p.dialogueId = :dialogue
              and (p.state <> se.brobygge.dialogue.PostState.PENDING or p.authorId = :viewer or :staff = true)
            order by p.threadOfficial desc, p.threadId, p.id""")
    List<PostEntity> page(
            @Param("dialogue") long dialogue,
            @Param("viewer") long viewer,
            @Param("staff") boolean staff,
            Pageable page);

    @Query("""
            select count(p) from PostEntity p where p.dialogueId = :dialogue
              and (p.state <> se.brobygge.dialogue.PostState.PENDING or p.authorId = :viewer or :staff = true)""")
    long countVisibleTo(@Param("dialogue") long dialogue, @Param("viewer") long viewer, @Param("staff") boolean staff);

    @Query(
            "select p from PostEntity p where p.dialogueId = :dialogue and p.state = se.brobygge.dialogue.PostState.VISIBLE"
                    + " order by p.threadOfficial desc, p.threadId, p.id")
    List<PostEntity> visible(@Param("dialogue") long dialogue);

    @Query("select p.dialogueId, count(p) from PostEntity p where p.dialogueId in :ids"
            + " and p.state = se.brobygge.dialogue.PostState.VISIBLE group by p.dialogueId")
    List<Object[]> visibleCounts(@Param("ids") Collection<Long> ids);

    @Query("select distinct p.authorId from PostEntity p where p.dialogueId = :dialogue and p.official = false")
    List<Long> participants(@Param("dialogue") long dialogue);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PostEntity p where p.id = :id")
    Optional<PostEntity> lockById(@Param("id") long id);

    @Modifying
    @Query("update PostEntity p set p.agreeCount = p.agreeCount + :delta where p.id = :id")
    int addAgree(@Param("id") long id, @Param("delta") int delta);

    @Modifying
    @Query("update PostEntity p set p.importantCount = p.importantCount + :delta where p.id = :id")
    int addImportant(@Param("id") long id, @Param("delta") int delta);
}

interface ReactionRepository extends JpaRepository<ReactionEntity, ReactionEntity.Key> {

    @Query("select r from ReactionEntity r where r.key.accountId = :account and r.key.postId in :posts")
    List<ReactionEntity> mine(@Param("account") long account, @Param("posts") Collection<Long> posts);
}

interface FollowRepository extends JpaRepository<FollowEntity, FollowEntity.Key> {

    @Query("select f.key.accountId from FollowEntity f where f.key.dialogueId = :dialogue")
    List<Long> followers(@Param("dialogue") long dialogue);
}

interface TopicProposalRepository extends JpaRepository<TopicProposalEntity, Long> {

    @Query("select p from TopicProposalEntity p where p.status = se.brobygge.dialogue.ProposalStatus.PROPOSED"
            + " and p.hidden = false order by p.createdAt")
    List<TopicProposalEntity> waiting();

    @Query("select count(p) from TopicProposalEntity p"
            + " where p.status = se.brobygge.dialogue.ProposalStatus.PROPOSED and p.hidden = false")
    long countWaiting();

    List<TopicProposalEntity> findByProposedByOrderByCreatedAtDesc(long proposedBy);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from TopicProposalEntity p where p.id = :id")
    Optional<TopicProposalEntity> lockById(@Param("id") long id);
}

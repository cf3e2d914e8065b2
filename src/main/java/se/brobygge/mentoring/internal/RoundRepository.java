package se.brobygge.mentoring.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoundRepository extends JpaRepository<RoundEntity, Long> {
    @Query("select r from RoundEntity r order by r.createdAt desc")
    List<RoundEntity> newestFirst();
}

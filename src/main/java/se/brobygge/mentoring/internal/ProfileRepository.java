package se.brobygge.mentoring.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProfileRepository extends JpaRepository<ProfileEntity, Long> {
    @Query("select p from ProfileEntity p where p.asMentee = true order by p.accountId")
    List<ProfileEntity> mentees();

    @Query("select p from ProfileEntity p where p.asMentor = true order by p.accountId")
    List<ProfileEntity> mentors();
}

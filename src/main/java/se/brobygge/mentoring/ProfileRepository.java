package se.brobygge.mentoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProfileRepository extends JpaRepository<ProfileEntity, Long> {
    @Query("select p from ProfileEntity p where p.asMentee = true order by p.accountId")
    List<ProfileEntity> mentees();

    @Query("select p from ProfileEntity p where p.asMentor = true order by p.accountId")
    List<ProfileEntity> mentors();
}

package se.brobygge.employers.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CardRepository extends JpaRepository<CardEntity, Long> {

    @Query("select c from CardEntity c where c.accountId in ?1")
    List<CardEntity> findAllOf(Collection<Long> accountIds);
}

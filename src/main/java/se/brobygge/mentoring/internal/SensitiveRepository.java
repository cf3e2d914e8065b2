package se.brobygge.mentoring.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SensitiveRepository extends JpaRepository<SensitiveEntity, Long> {}

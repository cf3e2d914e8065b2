package se.brobygge.mentoring;

import org.springframework.data.jpa.repository.JpaRepository;

interface SensitiveRepository extends JpaRepository<SensitiveEntity, Long> {}

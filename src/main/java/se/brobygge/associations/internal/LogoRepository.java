package se.brobygge.associations.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LogoRepository extends JpaRepository<LogoEntity, Long> {}

package se.brobygge.shell.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LanguageReviewRepository extends JpaRepository<LanguageReviewEntity, String> {}

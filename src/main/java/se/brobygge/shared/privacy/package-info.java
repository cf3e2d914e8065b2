/**
 * The contract between the feature modules and the privacy module: every module that stores
 * something about a person provides a {@link se.brobygge.shared.privacy.PersonalData} bean, so a
 * person's data can be exported and erased without the privacy module knowing the modules' tables.
 */
@NullMarked
package se.brobygge.shared.privacy;

import org.jspecify.annotations.NullMarked;

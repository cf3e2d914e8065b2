/**
 * "For you": suggestions of events, associations, mentoring, employer sessions and internships
 * from what a resident has told Brobygge, each with a one-line reason; never from sensitive data.
 */
@NullMarked
package se.brobygge.insights.foryou;

import org.jspecify.annotations.NullMarked;

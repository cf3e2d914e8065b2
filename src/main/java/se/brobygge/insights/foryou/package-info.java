/**
 * "For you": suggestions of events, associations, mentoring, employer sessions and internships
 * from what a resident has told Brobygge, each with a one-line reason; never from sensitive data.
 */
@org.jspecify.annotations.NullMarked
package se.brobygge.insights.foryou;

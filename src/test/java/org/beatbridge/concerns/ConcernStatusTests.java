package org.beatbridge.concerns;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcernStatusTests {

	@Test
	void anOpenConcernCanBeAcknowledgedWorkedOnReferredOrClosed() {
		assertThat(ConcernStatus.OPEN.successors()).containsExactlyInAnyOrder(ConcernStatus.ACKNOWLEDGED,
				ConcernStatus.IN_PROGRESS, ConcernStatus.REFERRED, ConcernStatus.RESOLVED,
				ConcernStatus.NOT_ACTIONABLE);
	}

	@Test
	void anAcknowledgedConcernCannotGoBackToOpen() {
		assertThat(ConcernStatus.ACKNOWLEDGED.canTransitionTo(ConcernStatus.OPEN)).isFalse();
		assertThat(ConcernStatus.ACKNOWLEDGED.canTransitionTo(ConcernStatus.IN_PROGRESS)).isTrue();
	}

	@Test
	void aReferredConcernIsNotAcknowledgedAgain() {
		assertThat(ConcernStatus.REFERRED.canTransitionTo(ConcernStatus.ACKNOWLEDGED)).isFalse();
		assertThat(ConcernStatus.REFERRED.canTransitionTo(ConcernStatus.RESOLVED)).isTrue();
	}

	@Test
	void anEndedConcernCanOnlyBeReopened() {
		assertThat(ConcernStatus.RESOLVED.successors()).containsExactly(ConcernStatus.OPEN);
		assertThat(ConcernStatus.NOT_ACTIONABLE.successors()).containsExactly(ConcernStatus.OPEN);
		assertThat(ConcernStatus.RESOLVED.canTransitionTo(ConcernStatus.IN_PROGRESS)).isFalse();
	}

	@Test
	void stayingInTheSameStatusIsNoTransition() {
		for (ConcernStatus status : ConcernStatus.values()) {
			assertThat(status.canTransitionTo(status)).as(status.name()).isFalse();
			assertThat(status.canTransitionTo(null)).isFalse();
		}
	}

	@Test
	void resolvedAndNotActionableAreTheClosedStatuses() {
		assertThat(ConcernStatus.open()).containsExactlyInAnyOrder(ConcernStatus.OPEN, ConcernStatus.ACKNOWLEDGED,
				ConcernStatus.IN_PROGRESS, ConcernStatus.REFERRED);
		assertThat(ConcernStatus.RESOLVED.isOpen()).isFalse();
		assertThat(ConcernStatus.NOT_ACTIONABLE.isOpen()).isFalse();
	}

	@Test
	void readsAConcernIdOnlyFromAPositiveNumber() {
		assertThat(ConcernId.parse("1042")).contains(new ConcernId(1042));
		assertThat(ConcernId.parse(" 7 ")).contains(new ConcernId(7));
		assertThat(ConcernId.parse("0")).isEmpty();
		assertThat(ConcernId.parse("-3")).isEmpty();
		assertThat(ConcernId.parse("12a")).isEmpty();
		assertThat(ConcernId.parse("99999999999999999999")).isEmpty();
		assertThat(ConcernId.parse(null)).isEmpty();
		assertThat(new ConcernId(1042).toString()).isEqualTo("1042");
	}

}

package se.brobygge.dialogue;

public enum ProposalStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED
}

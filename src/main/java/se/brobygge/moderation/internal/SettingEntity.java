package se.brobygge.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "moderation_setting")
class SettingEntity {

    @Id
    private String name = "";

    @Column(nullable = false)
    private String value = "";

    protected SettingEntity() {}

    SettingEntity(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String name() {
        return name;
    }

    String value() {
        return value;
    }
}

package ru.mcu.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, String> {

    List<District> findAllByOrderBySortOrder();
}

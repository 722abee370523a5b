import type { UseFormReturn } from 'react-hook-form';
import type { ClassicCreateForm } from '../model/create-form';

export type ClassicCreateFormApi = UseFormReturn<ClassicCreateForm, unknown, ClassicCreateForm>;
